using System.Security.Cryptography;
using System.Text;

namespace Claims.Contracts.Loading;

/// <summary>A contract file's path (as errors should name it) and its text.</summary>
public sealed record ContractText(string Path, string Text);

/// <summary>
/// Loads contract files (CONTRACT-FORMAT.md) into a <see cref="ContractSet"/>. Every error of the set is reported,
/// each with file, line and column; a set with any error is refused as a whole.
/// </summary>
public static class ContractLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads every `*.yaml` and `*.yml` file of <paramref name="folder"/> (not its subfolders), sorted by name.</summary>
    public static ContractLoadResult LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
            return Refused(new ContractError(folder, 0, 0, "folder not found"));
        var files = Directory.EnumerateFiles(folder)
            .Where(f => Path.GetExtension(f).ToUpperInvariant() is ".YAML" or ".YML")
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
            return Refused(new ContractError(folder, 0, 0, "no contract files (*.yaml, *.yml) in this folder"));
        return LoadFiles(files);
    }

    /// <summary>Loads the given files as one set, in the order given.</summary>
    public static ContractLoadResult LoadFiles(IEnumerable<string> paths)
    {
        var texts = new List<ContractText>();
        var errors = new List<ContractError>();
        foreach (var path in paths)
        {
            var (text, error) = ReadText(path);
            if (error is not null)
                errors.Add(error);
            else
                texts.Add(new ContractText(path, text!));
        }
        var result = LoadTexts(texts);
        return errors.Count == 0 ? result : Refused([.. errors, .. result.Errors]);
    }

    /// <summary>Loads contract texts as one set (files already read, or contract files kept in a store).</summary>
    public static ContractLoadResult LoadTexts(IEnumerable<ContractText> files)
    {
        var errors = new List<ContractError>();
        var parsed = new List<ParsedContract>();
        foreach (var file in files)
        {
            var text = file.Text.Length > 0 && file.Text[0] == '\uFEFF' ? file.Text[1..] : file.Text;
            var fileErrors = new FileErrors(file.Path, text);
            var contract = ContractFileReader.Read(file.Path, text, Sha256(text), fileErrors);
            errors.AddRange(fileErrors.All.OrderBy(e => e.Line).ThenBy(e => e.Column));
            if (contract is not null)
                parsed.Add(contract);
        }
        var contracts = parsed.Select(p => p.Contract).ToList();
        foreach (var problem in SetRules.Check(contracts))
        {
            var at = parsed[problem.ContractIndex];
            var position = problem.Field == SetField.Number ? at.NumberAt : at.EffectiveAt;
            errors.Add(new ContractError(at.Contract.SourceFile, position.Line, position.Column, problem.Message));
        }
        return errors.Count > 0 ? Refused(errors) : new ContractLoadResult(ContractSet.FromValidated(contracts), []);
    }

    /// <summary>SHA-256 (lower-case hex) of the text as UTF-8 without BOM: equal texts are the same registration.</summary>
    public static string Sha256(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static (string? Text, ContractError? Error) ReadText(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new ContractError(path, 0, 0, $"cannot read the file: {e.Message}"));
        }
        var bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return (StrictUtf8.GetString(bytes, bom, bytes.Length - bom), null);
        }
        catch (DecoderFallbackException e)
        {
            return (null, NotUtf8(path, bytes, bom, bom + Math.Max(e.Index, 0)));
        }
    }

    // Where the first byte that is not UTF-8 sits, as line and column of the text before it.
    private static ContractError NotUtf8(string path, byte[] bytes, int start, int badIndex)
    {
        badIndex = Math.Min(badIndex, bytes.Length);
        var line = 1;
        var lineStart = start;
        for (var i = start; i < badIndex; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        var column = 1 + Encoding.UTF8.GetCharCount(bytes, lineStart, badIndex - lineStart);
        return new ContractError(path, line, column, "the file is not UTF-8 text (save it as UTF-8; GBK is not supported for contract files)");
    }

    private static ContractLoadResult Refused(params IReadOnlyList<ContractError> errors) => new(null, errors);
}
