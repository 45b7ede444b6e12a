using System.Globalization;
using Signpost.Core.Content;
using Signpost.Core.Rules;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Signpost.Data.Seed;

/// <summary>
/// Reads and validates a content-seed folder. Every problem is collected and reported together,
/// naming the file and field, and nothing is returned unless the whole folder is valid.
/// </summary>
public static class ContentSeedReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static SeedContent Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new SeedValidationException([$"{folder}: the content-seed folder does not exist"]);
        }

        var errors = new SeedErrors();
        var content = new SeedContent();
        ReadOrganisations(folder, content, errors);
        ReadLocations(folder, content, errors);
        ReadTaxonomy(folder, content, errors);
        ReadServices(folder, content, errors);
        ReadPages(folder, content, errors);
        ReadPostcodes(folder, content, errors);
        ReadPlaces(folder, content, errors);
        ReadSynonyms(folder, content, errors);
        FeedbackSeedReader.Read(folder, content, errors);
        if (errors.All.Count > 0)
        {
            throw new SeedValidationException(errors.All);
        }

        return content;
    }

    private static void ReadOrganisations(string folder, SeedContent content, SeedErrors errors)
    {
        const string file = "organisations.yaml";
        var entries = Load<List<OrganisationFile>>(folder, file, errors) ?? [];
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var field = $"[{i}]";
            if (!CheckSlug(file, field, entry.Slug, content.Organisations.Select(o => o.Slug), errors) || string.IsNullOrWhiteSpace(entry.Name))
            {
                if (string.IsNullOrWhiteSpace(entry.Name))
                {
                    errors.Add(file, $"{field}.name", "is required");
                }

                continue;
            }

            if (!Vocabulary.TryParse<OrganisationType>(entry.Type, out var type))
            {
                errors.Add(file, $"{field}.type", $"'{entry.Type}' is not one of: {Vocabulary.Words<OrganisationType>()}");
            }

            content.Organisations.Add(new Organisation
            {
                Id = DeterministicId.For("organisation", entry.Slug!), Slug = entry.Slug!, Name = entry.Name.Trim(), Type = type,
                Description = entry.Description?.Trim() ?? "", Website = entry.Website, Phone = entry.Phone, Email = entry.Email, LogoAlt = entry.LogoAlt,
            });
        }
    }

    private static void ReadLocations(string folder, SeedContent content, SeedErrors errors)
    {
        var directory = Path.Combine(folder, "locations");
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
        foreach (var path in files)
        {
            var file = Path.GetRelativePath(folder, path);
            var entries = Load<List<LocationFile>>(folder, file, errors) ?? [];
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                var field = $"[{i}]";
                if (!CheckSlug(file, field, entry.Slug, content.Locations.Select(l => l.Slug), errors))
                {
                    continue;
                }

                if (string.IsNullOrWhiteSpace(entry.Name))
                {
                    errors.Add(file, $"{field}.name", "is required");
                }

                if (entry.Latitude is not (>= 49 and <= 61) || entry.Longitude is not (>= -9 and <= 2))
                {
                    errors.Add(file, $"{field}.latitude/longitude", "must be a point in the United Kingdom");
                }

                var postcode = Postcodes.Normalise(entry.Postcode);
                if (postcode is null)
                {
                    errors.Add(file, $"{field}.postcode", $"'{entry.Postcode}' is not a UK postcode");
                }

                content.Locations.Add(new Location
                {
                    Id = DeterministicId.For("location", entry.Slug!), Slug = entry.Slug!, Name = entry.Name?.Trim() ?? "",
                    Address = entry.Address?.Trim() ?? "", Town = entry.Town?.Trim() ?? "", Postcode = postcode ?? "",
                    Latitude = entry.Latitude ?? 0, Longitude = entry.Longitude ?? 0,
                    Accessibility = entry.Accessibility?.Select(a => a.Trim()).Distinct().ToList() ?? [], Transport = entry.Transport?.Trim(),
                });
            }
        }
    }

    private static void ReadTaxonomy(string folder, SeedContent content, SeedErrors errors)
    {
        const string file = "taxonomy.yaml";
        var taxonomy = Load<TaxonomyFile>(folder, file, errors) ?? new TaxonomyFile();
        AddTerms(file, "categories", TaxonomyKind.Category, taxonomy.Categories, null, content, errors);
        AddTerms(file, "needs", TaxonomyKind.Need, taxonomy.Needs, null, content, errors);
        AddTerms(file, "outcomes", TaxonomyKind.Outcome, taxonomy.Outcomes, null, content, errors);
    }

    private static void AddTerms(string file, string field, TaxonomyKind kind, List<TermFile>? entries, TaxonomyTerm? parent, SeedContent content, SeedErrors errors)
    {
        for (var i = 0; i < (entries?.Count ?? 0); i++)
        {
            var entry = entries![i];
            var path = $"{field}[{i}]";
            if (!CheckSlug(file, path, entry.Slug, content.Terms.Where(t => t.Kind == kind).Select(t => t.Slug), errors))
            {
                continue;
            }

            var term = new TaxonomyTerm
            {
                Id = DeterministicId.For($"term:{kind}", entry.Slug!), Kind = kind, Slug = entry.Slug!, Name = entry.Name?.Trim() ?? entry.Slug!,
                Description = entry.Description?.Trim() ?? "", Parent = parent, ParentId = parent?.Id, SortOrder = i,
            };
            content.Terms.Add(term);
            AddTerms(file, $"{path}.children", kind, entry.Children, term, content, errors);
        }
    }

    private static void ReadServices(string folder, SeedContent content, SeedErrors errors)
    {
        var directory = Path.Combine(folder, "services");
        if (!Directory.Exists(directory))
        {
            errors.Add("services/", "the folder is missing");
            return;
        }

        var parser = new ServiceFileParser(
            Yaml,
            content.Organisations.ToDictionary(o => o.Slug),
            content.Locations.ToDictionary(l => l.Slug),
            content.Terms.ToDictionary(t => (t.Kind, t.Slug)),
            errors);
        foreach (var path in Directory.GetFiles(directory, "*.md").Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(folder, path);
            if (parser.Parse(file, Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)) is { } service)
            {
                content.Services.Add(service);
            }
        }
    }

    private static void ReadPages(string folder, SeedContent content, SeedErrors errors)
    {
        var directory = Path.Combine(folder, "pages");
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var path in Directory.GetFiles(directory, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(folder, path);
            var relative = Path.GetRelativePath(directory, path).Replace('\\', '/')[..^3];
            var pagePath = relative.EndsWith("/index", StringComparison.Ordinal) ? relative[..^6] : relative;
            if (pagePath == "index" || pagePath.Split('/').Any(segment => !Slug.IsValid(segment)))
            {
                errors.Add(file, "path", "page paths are lower-case words joined by hyphens; the home page is not a Markdown page");
                continue;
            }

            if (FrontMatter.Split(File.ReadAllText(path)) is not var (yaml, body))
            {
                errors.Add(file, "front matter", "the file must start with '---', YAML, then '---'");
                continue;
            }

            var data = Deserialize<PageFrontMatter>(yaml, file, errors);
            if (string.IsNullOrWhiteSpace(data?.Title))
            {
                errors.Add(file, "title", "is required");
                continue;
            }

            content.Pages.Add(new Page
            {
                Id = DeterministicId.For("page", pagePath), Path = pagePath, Title = data.Title.Trim(), Summary = data.Summary?.Trim() ?? "",
                Body = body, SortOrder = data.Order ?? 0,
                Status = Vocabulary.TryParse<ContentStatus>(data.Status ?? "published", out var status) ? status : ContentStatus.Published,
            });
        }
    }

    private static void ReadPostcodes(string folder, SeedContent content, SeedErrors errors)
    {
        var seen = new HashSet<string>();
        foreach (var (line, row) in ReadCsv(folder, "postcodes.csv", ["postcode", "latitude", "longitude"], errors))
        {
            var postcode = Postcodes.Normalise(row[0]) ?? Postcodes.NormaliseDistrict(row[0]);
            if (postcode is null || !TryCoordinates(row[1], row[2], out var lat, out var lon))
            {
                errors.Add("postcodes.csv", $"line {line}", $"'{string.Join(",", row)}' is not a postcode with UK coordinates");
                continue;
            }

            if (seen.Add(postcode))
            {
                content.Postcodes.Add(new PostcodePoint { Postcode = postcode, Latitude = lat, Longitude = lon, IsDistrict = !postcode.Contains(' ') });
            }
        }

        // Every venue's postcode is findable even if the CSV forgot it.
        foreach (var location in content.Locations.Where(l => l.Postcode.Length > 0 && seen.Add(l.Postcode)))
        {
            content.Postcodes.Add(new PostcodePoint { Postcode = location.Postcode, Latitude = location.Latitude, Longitude = location.Longitude });
        }
    }

    private static void ReadPlaces(string folder, SeedContent content, SeedErrors errors)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, row) in ReadCsv(folder, "places.csv", ["name", "latitude", "longitude", "kind"], errors))
        {
            if (string.IsNullOrWhiteSpace(row[0]) || !TryCoordinates(row[1], row[2], out var lat, out var lon))
            {
                errors.Add("places.csv", $"line {line}", $"'{string.Join(",", row)}' is not a place name with UK coordinates");
                continue;
            }

            if (seen.Add(row[0].Trim()))
            {
                content.Places.Add(new Place { Id = DeterministicId.For("place", row[0].Trim().ToLowerInvariant()), Name = row[0].Trim(), Latitude = lat, Longitude = lon, Kind = row[3].Trim() });
            }
        }
    }

    private static void ReadSynonyms(string folder, SeedContent content, SeedErrors errors)
    {
        const string file = "synonyms.yaml";
        if (!File.Exists(Path.Combine(folder, file)))
        {
            return;
        }

        var groups = Load<List<List<string>>>(folder, file, errors) ?? [];
        for (var i = 0; i < groups.Count; i++)
        {
            var terms = groups[i].Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().ToList();
            if (terms.Count < 2)
            {
                errors.Add(file, $"[{i}]", "a synonym group needs at least two terms");
                continue;
            }

            content.SynonymGroups.Add(new SynonymGroup { Id = DeterministicId.For("synonyms", terms[0]), Terms = terms });
        }
    }

    internal static IEnumerable<(int Line, string[] Row)> ReadCsv(string folder, string file, string[] header, SeedErrors errors)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            errors.Add(file, "the file is missing");
            yield break;
        }

        using var reader = new StreamReader(path);
        using var rows = SimpleCsv.Read(reader).GetEnumerator();
        if (!rows.MoveNext() || !header.SequenceEqual(rows.Current.Fields.Take(header.Length), StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(file, "header", $"must be: {string.Join(",", header)}");
            yield break;
        }

        while (rows.MoveNext())
        {
            var (line, fields) = rows.Current;
            yield return (line, Enumerable.Range(0, header.Length).Select(i => i < fields.Length ? fields[i] : "").ToArray());
        }
    }

    private static bool TryCoordinates(string latText, string lonText, out double lat, out double lon) =>
        double.TryParse(latText, NumberStyles.Float, CultureInfo.InvariantCulture, out lat)
        & double.TryParse(lonText, NumberStyles.Float, CultureInfo.InvariantCulture, out lon)
        && lat is >= 49 and <= 61 && lon is >= -9 and <= 2;

    private static bool CheckSlug(string file, string field, string? slug, IEnumerable<string> existing, SeedErrors errors)
    {
        if (slug is null || !Slug.IsValid(slug))
        {
            errors.Add(file, $"{field}.slug", $"'{slug}' is not a valid slug (lower-case words joined by hyphens)");
            return false;
        }

        if (existing.Contains(slug))
        {
            errors.Add(file, $"{field}.slug", $"'{slug}' is used twice");
            return false;
        }

        return true;
    }

    internal static T? Load<T>(string folder, string file, SeedErrors errors)
        where T : class
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            errors.Add(file, "the file is missing");
            return null;
        }

        return Deserialize<T>(File.ReadAllText(path), file, errors);
    }

    private static T? Deserialize<T>(string yaml, string file, SeedErrors errors)
        where T : class
    {
        try
        {
            return Yaml.Deserialize<T>(yaml);
        }
        catch (YamlException ex)
        {
            errors.Add(file, $"line {ex.Start.Line}", (ex.InnerException ?? ex).Message);
            return null;
        }
    }
}
