using System.Globalization;

namespace Claims.Documents.Pdf;

public readonly record struct Color(byte R, byte G, byte B)
{
    /// <summary>"#1F4E79" or "1F4E79".</summary>
    public static Color FromHex(string hex)
    {
        var digits = hex.TrimStart('#');
        if (digits.Length != 6 || !int.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
        {
            throw new FormatException($"'{hex}' is not a #RRGGBB colour.");
        }

        return new((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
    }
}

/// <summary>The few colours the documents use.</summary>
public static class Colors
{
    public static readonly Color Black = new(0, 0, 0);
    public static readonly Color White = new(255, 255, 255);
    public static readonly Color Text = Color.FromHex("#1A1A1A");
    public static readonly Color Muted = Color.FromHex("#5F6368");
    public static readonly Color Rule = Color.FromHex("#B0B0B0");
    public static readonly Color Shade = Color.FromHex("#F0F2F5");
    public static readonly Color Accent = Color.FromHex("#1F4E79");
}
