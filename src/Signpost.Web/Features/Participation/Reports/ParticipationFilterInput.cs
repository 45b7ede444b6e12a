using Microsoft.AspNetCore.Http;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>The filter form's fields as typed, so the form shows them back, errors and all.</summary>
public sealed record ParticipationFilterInput(
    string Period,
    string? From,
    string? To,
    string? District,
    string? Locality,
    string? Service,
    string? Category,
    string? Organisation,
    string? Theme,
    string? Audience,
    string? Age,
    string? Outcome,
    string Demo)
{
    public const string DefaultPeriod = "12";

    public static ParticipationFilterInput Read(IQueryCollection query)
    {
        string? Value(string key) => query[key].FirstOrDefault() is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        var from = Value("from");
        var to = Value("to");

        // Dates typed without choosing "custom" mean the dates, not the default preset.
        var period = Value("period") ?? (from is null && to is null ? DefaultPeriod : "custom");
        return new ParticipationFilterInput(
            period, from, to, Value("district"), Value("locality"), Value("service"), Value("category"), Value("organisation"),
            Value("theme"), Value("audience"), Value("age"), Value("outcome"), Value("demo") ?? "include");
    }

    public IEnumerable<KeyValuePair<string, string?>> QueryPairs() =>
    [
        new("period", Period), new("from", From), new("to", To), new("district", District), new("locality", Locality), new("service", Service),
        new("category", Category), new("organisation", Organisation), new("theme", Theme), new("audience", Audience),
        new("age", Age), new("outcome", Outcome), new("demo", Demo),
    ];
}
