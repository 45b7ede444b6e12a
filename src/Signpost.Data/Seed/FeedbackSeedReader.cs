using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Signpost.Core.Feedback;
using Signpost.Core.Rules;

namespace Signpost.Data.Seed;

/// <summary>
/// Reads content-seed/feedback: feedback themes, safeguarding phrases, demo feedback and demo
/// "you said, we did" responses. The folder is optional so a directory can start without demo feedback.
/// </summary>
internal static class FeedbackSeedReader
{
    private const string Folder = "feedback";

    private static readonly string[] ResponseHeader =
    [
        "demo_id", "submitted", "service", "channel", "respondent", "age_band", "district", "easy_to_get_to", "listened",
        "confidential", "times_right", "outcomes", "rating", "text", "may_quote", "quote_approved", "status", "themes",
        "sex", "ethnicity", "disability",
    ];

    public static void Read(string folder, SeedContent content, SeedErrors errors)
    {
        if (!Directory.Exists(Path.Combine(folder, Folder)))
        {
            return;
        }

        ReadThemes(folder, content, errors);
        ReadSafeguardingPhrases(folder, content, errors);
        ReadDemoResponses(folder, content, errors);
        ReadYouSaidWeDid(folder, content, errors);
    }

    private static void ReadThemes(string folder, SeedContent content, SeedErrors errors)
    {
        const string file = Folder + "/themes.yaml";
        var entries = ContentSeedReader.Load<List<FeedbackThemeFile>>(folder, file, errors) ?? [];
        for (var i = 0; i < entries.Count; i++)
        {
            var (slug, label) = (entries[i].Slug?.Trim(), entries[i].Label?.Trim());
            if (slug is null || !Slug.IsValid(slug) || content.FeedbackThemes.Any(t => t.Slug == slug))
            {
                errors.Add(file, $"[{i}].slug", $"'{slug}' is not a valid, unique slug");
            }
            else if (string.IsNullOrEmpty(label))
            {
                errors.Add(file, $"[{i}].label", "is required");
            }
            else
            {
                content.FeedbackThemes.Add(new FeedbackTheme { Slug = slug, Label = label, SortOrder = i });
            }
        }
    }

    private static void ReadSafeguardingPhrases(string folder, SeedContent content, SeedErrors errors)
    {
        const string file = Folder + "/safeguarding-phrases.yaml";
        var categories = ContentSeedReader.Load<Dictionary<string, List<string>>>(folder, file, errors) ?? [];
        foreach (var (category, phrases) in categories)
        {
            if (!Slug.IsValid(category))
            {
                errors.Add(file, category, "a category must be a slug such as self-harm");
                continue;
            }

            foreach (var phrase in phrases.Select(p => p.Trim().ToLowerInvariant()).Where(p => p.Length > 0))
            {
                if (content.SafeguardingPhrases.Any(p => p.Phrase == phrase))
                {
                    errors.Add(file, category, $"'{phrase}' is listed twice");
                    continue;
                }

                content.SafeguardingPhrases.Add(new SafeguardingPhrase { Phrase = phrase, Category = category });
            }
        }
    }

    private static void ReadDemoResponses(string folder, SeedContent content, SeedErrors errors)
    {
        const string file = Folder + "/demo-responses.csv";
        if (!File.Exists(Path.Combine(folder, file)))
        {
            return;
        }

        var services = content.Services.ToDictionary(s => s.Slug);
        var themes = content.FeedbackThemes.Select(t => t.Slug).ToHashSet();
        foreach (var (line, row) in ContentSeedReader.ReadCsv(folder, file, ResponseHeader, errors))
        {
            var response = new DemoResponseRow(file, line, row, errors).ToResponse(services, themes);
            if (response is not null)
            {
                content.DemoFeedback.Add(response);
            }
        }
    }

    private static void ReadYouSaidWeDid(string folder, SeedContent content, SeedErrors errors)
    {
        const string file = Folder + "/you-said-we-did.yaml";
        if (!File.Exists(Path.Combine(folder, file)))
        {
            return;
        }

        var services = content.Services.ToDictionary(s => s.Slug);
        var entries = ContentSeedReader.Load<List<YouSaidWeDidFile>>(folder, file, errors) ?? [];
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var field = $"[{i}]";
            var ok = Require(entry.Id, file, $"{field}.id", errors) & Require(entry.YouSaid, file, $"{field}.you_said", errors)
                & Require(entry.WeDid, file, $"{field}.we_did", errors);
            if (entry.Service is not null && !services.ContainsKey(entry.Service))
            {
                ok = false;
                errors.Add(file, $"{field}.service", $"'{entry.Service}' is not a service in services/");
            }

            if (entry.Theme is not null && content.FeedbackThemes.All(t => t.Slug != entry.Theme))
            {
                ok = false;
                errors.Add(file, $"{field}.theme", $"'{entry.Theme}' is not a theme in themes.yaml");
            }

            if (!Vocabulary.TryParseDate(entry.Published, out var published))
            {
                ok = false;
                errors.Add(file, $"{field}.published", "must be a date such as 2026-10-01");
            }

            if (ok)
            {
                var at = published.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
                content.YouSaidWeDid.Add(new YouSaidWeDid
                {
                    Id = DeterministicId.For("you-said-we-did", entry.Id!), YouSaid = entry.YouSaid!.Trim(), WeDid = entry.WeDid!.Trim(),
                    ServiceId = entry.Service is null ? null : services[entry.Service].Id, ThemeSlug = entry.Theme,
                    Published = true, CreatedAt = at, PublishedAt = at, CreatedById = "content-seed",
                });
            }
        }
    }

    private static bool Require(string? value, string file, string field, SeedErrors errors)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        errors.Add(file, field, "is required");
        return false;
    }

    /// <summary>Demo rows get fixed keys from their number, so importing twice adds nothing.</summary>
    internal static string DemoKey(string purpose, string demoId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"demo-{purpose}:{demoId}")));

    internal static bool TryParseInstant(string text, out DateTime at) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out at);
}
