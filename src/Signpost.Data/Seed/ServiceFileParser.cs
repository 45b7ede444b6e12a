using Signpost.Core.Content;
using Signpost.Core.Rules;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Signpost.Data.Seed;

/// <summary>Reads one services/*.md file into a linked <see cref="Service"/>, reporting each bad field by name.</summary>
internal sealed class ServiceFileParser(
    IDeserializer yaml,
    IReadOnlyDictionary<string, Organisation> organisations,
    IReadOnlyDictionary<string, Location> locations,
    IReadOnlyDictionary<(TaxonomyKind, string), TaxonomyTerm> terms,
    SeedErrors errors)
{
    public Service? Parse(string file, string slug, string text)
    {
        if (!Slug.IsValid(slug))
        {
            errors.Add(file, "file name", $"'{slug}' is not a valid slug (lower-case words joined by hyphens)");
        }

        if (FrontMatter.Split(text) is not var (frontMatter, body))
        {
            errors.Add(file, "front matter", "the file must start with '---', YAML, then '---'");
            return null;
        }

        ServiceFrontMatter data;
        try
        {
            data = yaml.Deserialize<ServiceFrontMatter>(frontMatter) ?? new ServiceFrontMatter();
        }
        catch (YamlException ex)
        {
            errors.Add(file, $"front matter line {ex.Start.Line}", (ex.InnerException ?? ex).Message);
            return null;
        }

        var service = new Service
        {
            Id = DeterministicId.For("service", slug),
            Slug = slug,
            Name = Required(file, "name", data.Name),
            Summary = Required(file, "summary", data.Summary),
            Description = body,
            MinimumAge = data.MinAge,
            MaximumAge = data.MaxAge,
            Languages = data.Languages?.Select(l => l.Trim()).Where(l => l.Length > 0).ToList() ?? ["English"],
            Contact = new ContactDetails
            {
                Name = Blank(data.Contact?.Name), Phone = Blank(data.Contact?.Phone), Text = Blank(data.Contact?.Text),
                Email = Blank(data.Contact?.Email), Website = Blank(data.Contact?.Website),
            },
            Youth = new YouthAnswers
            {
                OnMyOwn = Blank(data.Youth?.OnMyOwn), Confidential = Blank(data.Youth?.Confidential), ParentsTold = Blank(data.Youth?.ParentsTold),
            },
            LocalOffer = new LocalOfferAnswers
            {
                WhoFor = Blank(data.LocalOffer?.WhoFor), HowToGet = Blank(data.LocalOffer?.HowToGet), StaffTraining = Blank(data.LocalOffer?.StaffTraining),
                Transition = Blank(data.LocalOffer?.Transition), Contact = Blank(data.LocalOffer?.Contact),
            },
            IsFree = data.Cost?.Free ?? false,
            CostDetails = Blank(data.Cost?.Details),
            Localities = data.ServiceArea?.Localities?.Select(l => l.Trim()).ToList() ?? [],
        };

        if (service.Summary.Length > 300)
        {
            errors.Add(file, "summary", "must be one sentence of at most 300 characters");
        }

        if (data.Cost?.Free is null)
        {
            errors.Add(file, "cost.free", "say whether the service is free (true or false)");
        }

        CheckAges(file, data);
        service.Status = Enum<ContentStatus>(file, "status", data.Status ?? "published");
        service.AreaType = Enum<ServiceAreaType>(file, "service_area.type", data.ServiceArea?.Type ?? "locations");
        service.Audiences = Enums<Audience>(file, "audiences", data.Audiences, required: true);
        service.AccessRoutes = Enums<AccessRoute>(file, "access", data.Access, required: true);
        service.DeliveryModes = Enums<DeliveryMode>(file, "delivery", data.Delivery, required: true);
        service.LastReviewed = OptionalDate(file, "last_reviewed", data.LastReviewed);
        service.ReviewBy = OptionalDate(file, "review_by", data.ReviewBy);
        service.ValidTo = OptionalDate(file, "valid_to", data.ValidTo);

        if (data.Organisation is null || !organisations.TryGetValue(data.Organisation, out var organisation))
        {
            errors.Add(file, "organisation", $"'{data.Organisation}' is not in organisations.yaml");
        }
        else
        {
            service.Organisation = organisation;
            service.OrganisationId = organisation.Id;
        }

        if (data.Categories is not { Count: > 0 })
        {
            errors.Add(file, "categories", "name at least one category from taxonomy.yaml");
        }

        service.Terms.AddRange(Terms(file, "categories", TaxonomyKind.Category, data.Categories));
        service.Terms.AddRange(Terms(file, "needs", TaxonomyKind.Need, data.Needs));
        service.Terms.AddRange(Terms(file, "outcomes", TaxonomyKind.Outcome, data.Outcomes));
        service.Locations.AddRange(Locations(file, "locations", data.Locations));
        if (service.AreaType == ServiceAreaType.Locations && service.Locations.Count == 0)
        {
            errors.Add(file, "locations", "a service whose service_area is 'locations' needs at least one location");
        }

        if (service.AreaType == ServiceAreaType.Localities && service.Localities.Count == 0)
        {
            errors.Add(file, "service_area.localities", "name at least one locality");
        }

        ReadSchedules(file, data, service);
        ReadClosures(file, data, service);
        return service;
    }

    private void CheckAges(string file, ServiceFrontMatter data)
    {
        if (data.MinAge is < 0 or > 120)
        {
            errors.Add(file, "min_age", "must be between 0 and 120");
        }

        if (data.MaxAge is < 0 or > 120)
        {
            errors.Add(file, "max_age", "must be between 0 and 120");
        }

        if (data.MinAge > data.MaxAge)
        {
            errors.Add(file, "max_age", $"{data.MaxAge} is below min_age {data.MinAge}");
        }
    }

    private void ReadSchedules(string file, ServiceFrontMatter data, Service service)
    {
        for (var i = 0; i < (data.Schedules?.Count ?? 0); i++)
        {
            var entry = data.Schedules![i];
            var field = $"schedules[{i}]";
            var opensOk = Vocabulary.TryParseTime(entry.Start, out var opens) && opens is not null;
            var closesOk = Vocabulary.TryParseTime(entry.End, out var closes);
            if (!opensOk)
            {
                errors.Add(file, $"{field}.start", $"'{entry.Start}' is not a time like \"09:30\"");
            }

            if (!closesOk)
            {
                errors.Add(file, $"{field}.end", $"'{entry.End}' is not a time like \"17:00\" (or \"24:00\")");
            }

            if (opensOk && closesOk && closes is { } c && c <= opens!.Value)
            {
                errors.Add(file, $"{field}.end", "must be after start");
            }

            Location? location = null;
            if (entry.Location is not null && !locations.TryGetValue(entry.Location, out location))
            {
                errors.Add(file, $"{field}.location", $"'{entry.Location}' is not a location slug");
            }

            if (entry.Days is not { Count: > 0 })
            {
                errors.Add(file, $"{field}.days", "name at least one day (mon, tue, wed, thu, fri, sat, sun)");
            }

            foreach (var dayText in entry.Days ?? [])
            {
                if (!Vocabulary.TryParseDay(dayText, out var day))
                {
                    errors.Add(file, $"{field}.days", $"'{dayText}' is not a day (mon, tue, wed, thu, fri, sat, sun)");
                    continue;
                }

                service.Schedules.Add(new ServiceSchedule
                {
                    Id = Guid.NewGuid(), ServiceId = service.Id, Day = day, Opens = opens ?? default, Closes = closes,
                    Location = location, LocationId = location?.Id, Note = Blank(entry.Note),
                    ValidFrom = OptionalDate(file, $"{field}.valid_from", entry.ValidFrom),
                    ValidTo = OptionalDate(file, $"{field}.valid_to", entry.ValidTo),
                });
            }
        }
    }

    private void ReadClosures(string file, ServiceFrontMatter data, Service service)
    {
        for (var i = 0; i < (data.Closures?.Count ?? 0); i++)
        {
            var entry = data.Closures![i];
            if (!Vocabulary.TryParseDate(entry.Date, out var date))
            {
                errors.Add(file, $"closures[{i}].date", $"'{entry.Date}' is not a date like 2026-12-25");
                continue;
            }

            service.Closures.Add(new ServiceClosure { Id = Guid.NewGuid(), ServiceId = service.Id, Date = date, Reason = entry.Reason?.Trim() ?? "" });
        }
    }

    private IEnumerable<TaxonomyTerm> Terms(string file, string field, TaxonomyKind kind, List<string>? slugs)
    {
        foreach (var slug in (slugs ?? []).Distinct())
        {
            if (terms.TryGetValue((kind, slug), out var term))
            {
                yield return term;
            }
            else
            {
                errors.Add(file, field, $"'{slug}' is not a {kind.ToString().ToLowerInvariant()} in taxonomy.yaml");
            }
        }
    }

    private IEnumerable<Location> Locations(string file, string field, List<string>? slugs)
    {
        foreach (var slug in (slugs ?? []).Distinct())
        {
            if (locations.TryGetValue(slug, out var location))
            {
                yield return location;
            }
            else
            {
                errors.Add(file, field, $"'{slug}' is not a location slug in locations/*.yaml");
            }
        }
    }

    private string Required(string file, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(file, field, "is required");
            return "";
        }

        return value.Trim();
    }

    private TEnum Enum<TEnum>(string file, string field, string text)
        where TEnum : struct, System.Enum
    {
        if (Vocabulary.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        errors.Add(file, field, $"'{text}' is not one of: {Vocabulary.Words<TEnum>()}");
        return default;
    }

    private List<TEnum> Enums<TEnum>(string file, string field, List<string>? texts, bool required)
        where TEnum : struct, System.Enum
    {
        if (required && texts is not { Count: > 0 })
        {
            errors.Add(file, field, $"name at least one of: {Vocabulary.Words<TEnum>()}");
        }

        return (texts ?? []).Select(t => Enum<TEnum>(file, field, t)).Distinct().ToList();
    }

    private DateOnly? OptionalDate(string file, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Vocabulary.TryParseDate(text, out var date))
        {
            return date;
        }

        errors.Add(file, field, $"'{text}' is not a date like 2026-09-14");
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
