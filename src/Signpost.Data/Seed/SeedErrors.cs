namespace Signpost.Data.Seed;

/// <summary>Collects "file: field: problem" messages so that one run reports every mistake at once.</summary>
internal sealed class SeedErrors
{
    private readonly List<string> errors = [];

    public IReadOnlyList<string> All => errors;

    public void Add(string file, string field, string problem) => errors.Add($"{file}: {field}: {problem}");

    public void Add(string file, string problem) => errors.Add($"{file}: {problem}");
}
