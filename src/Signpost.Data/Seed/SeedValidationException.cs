namespace Signpost.Data.Seed;

/// <summary>Raised before anything is written when any seed file is invalid; lists every problem found.</summary>
public sealed class SeedValidationException(IReadOnlyList<string> errors)
    : Exception($"content-seed has {errors.Count} problem(s):{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
