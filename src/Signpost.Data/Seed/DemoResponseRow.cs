using Signpost.Core.Content;
using Signpost.Core.Feedback;

namespace Signpost.Data.Seed;

/// <summary>One line of content-seed/feedback/demo-responses.csv, checked field by field.</summary>
internal sealed class DemoResponseRow(string file, int line, string[] row, SeedErrors errors)
{
    private bool valid = true;

    private string this[int column] => row[column];

    public FeedbackResponse? ToResponse(Dictionary<string, Service> services, HashSet<string> themes)
    {
        var id = this[0];
        if (!FeedbackSeedReader.TryParseInstant(this[1], out var submitted))
        {
            Fail("submitted", "must be a UTC time such as 2026-10-01T18:30:00Z");
        }

        Service? service = null;
        if (this[2].Length > 0 && !services.TryGetValue(this[2], out service))
        {
            Fail("service", $"'{this[2]}' is not a service in services/");
        }

        var response = new FeedbackResponse
        {
            ReceiptHash = FeedbackSeedReader.DemoKey("receipt", id),
            DuplicateKey = FeedbackSeedReader.DemoKey("duplicate", id),
            IsDemo = true,
            SubmittedAt = submitted,
            ReceiptExpiresAt = submitted,
            ServiceId = service?.Id,
            OrganisationId = service?.OrganisationId,
            Channel = Required<FeedbackChannel>(3, "channel"),
            Respondent = Required<RespondentType>(4, "respondent"),
            AgeBand = Optional(5, "age_band", FeedbackAgeBands.IsKnown),
            PostcodeDistrict = this[6].Length == 0 ? null : this[6].ToUpperInvariant(),
            EasyToGetTo = Answer(7, "easy_to_get_to"),
            ListenedAndRespected = Answer(8, "listened"),
            Confidential = Answer(9, "confidential"),
            TimesRight = Answer(10, "times_right"),
            Outcomes = Outcomes(this[11]),
            Rating = Rating(this[12]),
            Text = this[13].Length == 0 ? null : this[13],
            MayQuote = YesNo(14, "may_quote"),
            QuoteApproved = YesNo(15, "quote_approved"),
            Status = Required<FeedbackStatus>(16, "status"),
            Sex = Optional(18, "sex", c => EqualityOptions.IsKnown(EqualityOptions.Sex, c)),
            Ethnicity = Optional(19, "ethnicity", c => EqualityOptions.IsKnown(EqualityOptions.Ethnicity, c)),
            Disability = Optional(20, "disability", c => EqualityOptions.IsKnown(EqualityOptions.Disability, c)),
        };
        response.ModeratedAt = response.Status == FeedbackStatus.Pending ? null : submitted.AddDays(3);
        response.ModeratedById = response.ModeratedAt is null ? null : "content-seed";
        foreach (var theme in this[17].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!themes.Contains(theme))
            {
                Fail("themes", $"'{theme}' is not a theme in themes.yaml");
            }

            response.Themes.Add(new FeedbackResponseTheme { ThemeSlug = theme });
        }

        if (response.QuoteApproved && !response.MayQuote)
        {
            Fail("quote_approved", "needs may_quote: yes");
        }

        return valid ? response : null;
    }

    private void Fail(string field, string problem)
    {
        valid = false;
        errors.Add(file, $"line {line}: {field}", problem);
    }

    private TEnum Required<TEnum>(int column, string field)
        where TEnum : struct, Enum
    {
        if (!Vocabulary.TryParse<TEnum>(this[column], out var value))
        {
            Fail(field, $"'{this[column]}' is not one of: {Vocabulary.Words<TEnum>()}");
        }

        return value;
    }

    private ExperienceAnswer? Answer(int column, string field) =>
        this[column].Length == 0 ? null : Required<ExperienceAnswer>(column, field);

    private string? Optional(int column, string field, Func<string, bool> known)
    {
        if (this[column].Length == 0)
        {
            return null;
        }

        if (!known(this[column]))
        {
            Fail(field, $"'{this[column]}' is not a known value");
        }

        return this[column];
    }

    private bool YesNo(int column, string field)
    {
        if (this[column] is not ("yes" or "no"))
        {
            Fail(field, "must be yes or no");
        }

        return this[column] == "yes";
    }

    private FeedbackOutcomes Outcomes(string text)
    {
        var outcomes = FeedbackOutcomes.None;
        foreach (var word in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Vocabulary.TryParse<FeedbackOutcomes>(word, out var outcome))
            {
                outcomes |= outcome;
            }
            else
            {
                Fail("outcomes", $"'{word}' is not one of: {Vocabulary.Words<FeedbackOutcomes>()}");
            }
        }

        return outcomes;
    }

    private int? Rating(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, out var rating) && rating is >= 1 and <= 5)
        {
            return rating;
        }

        Fail("rating", "must be 1 to 5 or empty");
        return null;
    }
}
