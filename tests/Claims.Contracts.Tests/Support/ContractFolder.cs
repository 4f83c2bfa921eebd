using Claims.Contracts.Loading;

namespace Claims.Contracts.Tests.Support;

/// <summary>A temporary folder of contract files written from inline YAML, loaded as a set; deleted on dispose.</summary>
public sealed class ContractFolder : IDisposable
{
    public ContractFolder(params (string Name, string Yaml)[] files)
    {
        Path = Directory.CreateTempSubdirectory("claims-contracts-").FullName;
        foreach (var (name, yaml) in files)
            System.IO.File.WriteAllText(System.IO.Path.Combine(Path, name), yaml);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public ContractLoadResult Load() => ContractLoader.LoadFolder(Path);

    public void Dispose() => Directory.Delete(Path, recursive: true);

    /// <summary>Loads the files and returns the set, failing the test with the errors if it does not load.</summary>
    public static ContractSet LoadValid(params (string Name, string Yaml)[] files)
    {
        using var folder = new ContractFolder(files);
        var result = folder.Load();
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Set!;
    }

    /// <summary>The errors of loading the files, with file paths reduced to file names.</summary>
    public static IReadOnlyList<ContractError> Errors(params (string Name, string Yaml)[] files)
    {
        using var folder = new ContractFolder(files);
        var result = folder.Load();
        Assert.False(result.Succeeded, "the set was expected to be refused");
        return [.. result.Errors.Select(e => e with { File = System.IO.Path.GetFileName(e.File) })];
    }
}
