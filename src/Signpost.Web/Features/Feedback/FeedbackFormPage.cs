using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Feedback;
using Signpost.Core.Rules;

namespace Signpost.Web.Features.Feedback;

/// <summary>
/// The fields of the feedback form, shared by "tell us about this service", "have your say" and
/// "change your answers". Every error is keyed by the id of the field it is about, so the GOV.UK
/// error summary links to it. Nothing here is trusted: each value is checked against its list.
/// </summary>
public abstract class FeedbackFormPage : PageModel
{
    public const int MaxTextLength = 2000;

    public const int MaxEmailLength = 256;

    [BindProperty(Name = "respondent")]
    public string? Respondent { get; set; }

    [BindProperty(Name = "ageBand")]
    public string? AgeBand { get; set; }

    [BindProperty(Name = "postcode")]
    public string? Postcode { get; set; }

    [BindProperty(Name = "easyToGetTo")]
    public string? EasyToGetTo { get; set; }

    [BindProperty(Name = "listened")]
    public string? Listened { get; set; }

    [BindProperty(Name = "confidential")]
    public string? Confidential { get; set; }

    [BindProperty(Name = "timesRight")]
    public string? TimesRight { get; set; }

    [BindProperty(Name = "outcomes")]
    public List<string> Outcomes { get; set; } = [];

    [BindProperty(Name = "rating")]
    public string? Rating { get; set; }

    [BindProperty(Name = "text")]
    public string? Text { get; set; }

    [BindProperty(Name = "mayQuote")]
    public bool MayQuote { get; set; }

    [BindProperty(Name = "wantsReply")]
    public string? WantsReply { get; set; }

    [BindProperty(Name = "replyEmail")]
    public string? ReplyEmail { get; set; }

    [BindProperty(Name = "sex")]
    public string? Sex { get; set; }

    [BindProperty(Name = "ethnicity")]
    public string? Ethnicity { get; set; }

    [BindProperty(Name = "disability")]
    public string? Disability { get; set; }

    /// <summary>The honeypot: hidden from people, so anything in it came from a robot.</summary>
    [BindProperty(Name = "website")]
    public string? Website { get; set; }

    /// <summary>True when this client has sent too many; the page then says so with status 429 instead of the form.</summary>
    public bool TooManyAttempts { get; protected set; }

    /// <summary>The value a field had when posted (or loaded), for redrawing the form.</summary>
    public string? Value(string field) => field switch
    {
        "easyToGetTo" => EasyToGetTo,
        "listened" => Listened,
        "confidential" => Confidential,
        "timesRight" => TimesRight,
        _ => null,
    };

    /// <summary>Checks every field, adding an error for each problem; the answers when all is well, otherwise null.</summary>
    protected FeedbackAnswers? ValidateAnswers()
    {
        var respondent = ParseEnum<RespondentType>(Respondent, "respondent", "Choose who you are", "Choose who you are from the list");
        var ageBand = Optional(AgeBand, FeedbackAgeBands.IsKnown, "ageBand", "Choose your age from the list");
        var district = PostcodeDistrictOf(Postcode);
        var easy = OptionalAnswer(EasyToGetTo, "easyToGetTo");
        var listened = OptionalAnswer(Listened, "listened");
        var confidential = OptionalAnswer(Confidential, "confidential");
        var timesRight = OptionalAnswer(TimesRight, "timesRight");
        var outcomes = ParseOutcomes();
        var rating = ParseRating();
        var text = CheckText();
        var email = CheckReply();
        var sex = Optional(Sex, code => EqualityOptions.IsKnown(EqualityOptions.Sex, code), "sex", "Choose an answer from the list, or leave it empty");
        var ethnicity = Optional(Ethnicity, code => EqualityOptions.IsKnown(EqualityOptions.Ethnicity, code), "ethnicity", "Choose an answer from the list, or leave it empty");
        var disability = Optional(Disability, code => EqualityOptions.IsKnown(EqualityOptions.Disability, code), "disability", "Choose an answer from the list, or leave it empty");

        return ModelState.IsValid
            ? new FeedbackAnswers(respondent!.Value, ageBand, district, easy, listened, confidential, timesRight, outcomes, rating!.Value,
                text, MayQuote, email, sex, ethnicity, disability)
            : null;
    }

    /// <summary>Fills the form from stored feedback, for "change your answers".</summary>
    protected void Load(FeedbackResponse response, string? replyEmail)
    {
        Respondent = response.Respondent.ToString();
        AgeBand = response.AgeBand;
        Postcode = response.PostcodeDistrict;
        EasyToGetTo = response.EasyToGetTo?.ToString();
        Listened = response.ListenedAndRespected?.ToString();
        Confidential = response.Confidential?.ToString();
        TimesRight = response.TimesRight?.ToString();
        Outcomes = Enum.GetValues<FeedbackOutcomes>().Where(o => o != FeedbackOutcomes.None && response.Outcomes.HasFlag(o)).Select(o => o.ToString()).ToList();
        Rating = response.Rating?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Text = response.Text;
        MayQuote = response.MayQuote;
        WantsReply = response.WantsReply ? "yes" : "no";
        ReplyEmail = replyEmail;
        Sex = response.Sex;
        Ethnicity = response.Ethnicity;
        Disability = response.Disability;
    }

    /// <summary>The page again with status 429 and a plain explanation instead of the form; nothing was stored.</summary>
    protected IActionResult TooMany()
    {
        TooManyAttempts = true;
        ModelState.Clear();
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        return Page();
    }

    private string? PostcodeDistrictOf(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        // Only the district is kept, so a postcode (often a handful of homes) never identifies anyone.
        var district = Postcodes.Normalise(typed) is { } full ? Postcodes.District(full) : Postcodes.NormaliseDistrict(typed);
        if (district is null)
        {
            ModelState.AddModelError("postcode", "Enter the first part of a postcode, like WA7, or a full postcode, like WA7 2GW");
        }

        return district;
    }

    private ExperienceAnswer? OptionalAnswer(string? value, string field) =>
        string.IsNullOrEmpty(value) ? null : ParseEnum<ExperienceAnswer>(value, field, null, "Choose Yes, Partly, No or Not sure");

    private T? ParseEnum<T>(string? value, string field, string? missing, string unknown)
        where T : struct, Enum
    {
        if (string.IsNullOrEmpty(value))
        {
            if (missing is not null)
            {
                ModelState.AddModelError(field, missing);
            }

            return null;
        }

        // Names only: Enum.TryParse would also take "7" or "1,2", which are not answers.
        if (!Enum.GetNames<T>().Contains(value, StringComparer.Ordinal) || !Enum.TryParse<T>(value, out var parsed))
        {
            ModelState.AddModelError(field, unknown);
            return null;
        }

        return parsed;
    }

    private string? Optional(string? value, Func<string?, bool> isKnown, string field, string unknown)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!isKnown(value))
        {
            ModelState.AddModelError(field, unknown);
            return null;
        }

        return value;
    }

    private FeedbackOutcomes ParseOutcomes()
    {
        var outcomes = FeedbackOutcomes.None;
        foreach (var value in Outcomes.Where(v => !string.IsNullOrEmpty(v)).Distinct())
        {
            if (ParseEnum<FeedbackOutcomes>(value, "outcomes", null, "Choose from the list") is { } outcome && outcome != FeedbackOutcomes.None)
            {
                outcomes |= outcome;
            }
        }

        return outcomes;
    }

    private int? ParseRating()
    {
        if (Rating is not { Length: 1 } || Rating[0] is < '1' or > '5')
        {
            ModelState.AddModelError("rating", "Choose a score from 1 to 5");
            return null;
        }

        return Rating[0] - '0';
    }

    private string? CheckText()
    {
        // Browsers send new lines as \r\n; count them as one character, as the character count does.
        var text = Text?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > MaxTextLength)
        {
            ModelState.AddModelError("text", $"What you tell us must be {MaxTextLength:N0} characters or fewer");
            return null;
        }

        return text;
    }

    private string? CheckReply()
    {
        if (string.IsNullOrEmpty(WantsReply) || WantsReply == "no")
        {
            return null;
        }

        if (WantsReply != "yes")
        {
            ModelState.AddModelError("wantsReply", "Choose yes or no");
            return null;
        }

        var email = ReplyEmail?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            ModelState.AddModelError("replyEmail", "Enter your email address so we can reply, or choose No");
            return null;
        }

        if (email.Length > MaxEmailLength || !new EmailAddressAttribute().IsValid(email) || !email.Contains('.', StringComparison.Ordinal) || email.Any(char.IsWhiteSpace))
        {
            ModelState.AddModelError("replyEmail", "Enter an email address like name@example.com");
            return null;
        }

        return email;
    }
}
