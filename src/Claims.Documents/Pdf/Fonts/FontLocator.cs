namespace Claims.Documents.Pdf.Fonts;

/// <summary>
/// Finds a font that covers Chinese, Japanese kana and Latin: the configured file first, then the usual places on
/// Linux, Windows and macOS. Droid Sans Fallback is not on the list: it has no Latin letters.
/// </summary>
internal static class FontLocator
{
    public const string OptionName = "Pdf:FontFile";
    public const string DebianPackage = "fonts-wqy-microhei";

    public static IReadOnlyList<string> SystemCandidates()
    {
        var windows = Environment.GetFolderPath(Environment.SpecialFolder.Fonts);
        if (string.IsNullOrEmpty(windows))
        {
            windows = Path.Combine(Environment.GetEnvironmentVariable("WINDIR") ?? @"C:\Windows", "Fonts");
        }

        return
        [
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
            Path.Combine(windows, "msyh.ttc"),
            Path.Combine(windows, "simsun.ttc"),
            Path.Combine(windows, "simhei.ttf"),
            "/System/Library/Fonts/PingFang.ttc",
            "/System/Library/Fonts/Hiragino Sans GB.ttc",
            "/System/Library/Fonts/STHeiti Light.ttc",
            "/Library/Fonts/Arial Unicode.ttf",
        ];
    }

    /// <summary>The font file to use, or a <see cref="FontNotFoundException"/> that says what to do.</summary>
    public static string Locate(string? configuredFile, IEnumerable<string> candidates, Func<string, bool> exists)
    {
        if (!string.IsNullOrWhiteSpace(configuredFile))
        {
            return exists(configuredFile)
                ? configuredFile
                : throw new FontNotFoundException(
                    $"The font file set in {OptionName} ('{configuredFile}') does not exist. Point {OptionName} at a TrueType font " +
                    $"(.ttf or .ttc) with Chinese and Latin glyphs, or remove the setting to use a system font (on Debian/Ubuntu: apt-get install {DebianPackage}).");
        }

        var searched = candidates.ToList();
        return searched.FirstOrDefault(exists) ?? throw new FontNotFoundException(
            "No font with Chinese glyphs was found, so PDF documents cannot be written. " +
            $"Install one (Debian/Ubuntu: apt-get install {DebianPackage}) or set {OptionName} to a TrueType font file (.ttf or .ttc) " +
            $"that covers Chinese and Latin. Looked for: {string.Join(", ", searched)}.");
    }
}
