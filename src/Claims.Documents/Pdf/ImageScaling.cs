namespace Claims.Documents.Pdf;

public enum ImageScaling
{
    /// <summary>As wide as the space; as tall as the aspect ratio makes it.</summary>
    FitWidth,

    /// <summary>As large as fits inside the space, aspect ratio kept (give the container a Height, e.g. for thumbnails).</summary>
    FitArea,
}
