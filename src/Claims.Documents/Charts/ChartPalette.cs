namespace Claims.Documents.Charts;

/// <summary>
/// Okabe–Ito colours (told apart with the common colour-vision deficiencies), in an order that keeps neighbours
/// distinct; lines also get their own dash pattern so they stay apart in grey print.
/// </summary>
internal static class ChartPalette
{
    private static readonly string[] Colours = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#999999"];

    private static readonly double[][] Dashes = [[], [7, 4], [2, 3], [9, 3, 2, 3], [4, 4], [12, 4]];

    public const string Text = "#1A1A1A";
    public const string Muted = "#5F6368";
    public const string Grid = "#E3E5E8";
    public const string Axis = "#6B6F75";

    public static string Colour(int series) => Colours[series % Colours.Length];

    public static double[] Dash(int series) => Dashes[series % Dashes.Length];
}
