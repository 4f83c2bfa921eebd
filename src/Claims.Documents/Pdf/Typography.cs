namespace Claims.Documents.Pdf;

/// <summary>The document typography, in one place: every text in a packet uses one of these.</summary>
public static class Typography
{
    public static readonly TextStyle Title = new(Size: 18, Bold: true, Color: Colors.Accent, LineHeight: 1.25);
    public static readonly TextStyle Heading = new(Size: 12.5, Bold: true, Color: Colors.Accent);
    public static readonly TextStyle Body = new(Size: 10);
    public static readonly TextStyle Small = new(Size: 8, Color: Colors.Muted);
    public static readonly TextStyle Mono = new(Size: 8.5, Family: FontFamily.Mono, LineHeight: 1.3);
    public static readonly TextStyle TableHeader = new(Size: 9, Bold: true);
    public static readonly TextStyle TableCell = new(Size: 9);
}
