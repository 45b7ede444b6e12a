namespace Signpost.Core.Feedback;

/// <summary>
/// The optional equality questions, each with "prefer not to say". The categories are the ONS
/// census high-level groups so the figures can sit beside the local population's.
/// </summary>
public static class EqualityOptions
{
    public const string PreferNotToSay = "prefer-not-to-say";

    public static readonly IReadOnlyList<(string Code, string Label)> Sex =
        [("female", "Female"), ("male", "Male"), ("other", "Another way"), (PreferNotToSay, "Prefer not to say")];

    public static readonly IReadOnlyList<(string Code, string Label)> Ethnicity =
    [
        ("asian", "Asian or Asian British"), ("black", "Black, Black British, Caribbean or African"),
        ("mixed", "Mixed or multiple ethnic groups"), ("white", "White"), ("other", "Another ethnic group"),
        (PreferNotToSay, "Prefer not to say"),
    ];

    public static readonly IReadOnlyList<(string Code, string Label)> Disability =
        [("yes", "Yes"), ("no", "No"), (PreferNotToSay, "Prefer not to say")];

    public static bool IsKnown(IReadOnlyList<(string Code, string Label)> options, string? code) =>
        code is not null && options.Any(o => o.Code == code);
}
