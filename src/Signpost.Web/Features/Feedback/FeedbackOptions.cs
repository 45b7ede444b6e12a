using System.ComponentModel.DataAnnotations;

namespace Signpost.Web.Features.Feedback;

/// <summary>Public feedback settings, from <c>Signpost:Feedback</c>. Validated at start.</summary>
public sealed class FeedbackOptions : IValidatableObject
{
    public const string Section = "Signpost:Feedback";

    /// <summary>How long a receipt code opens the feedback it was given for.</summary>
    [Range(1, 365)]
    public int ReceiptDays { get; set; } = 90;

    /// <summary>The designated safeguarding lead, told (without the words) when feedback matches a risk phrase.</summary>
    [Required]
    [EmailAddress]
    public string SafeguardingLeadEmail { get; set; } = "safeguarding@signpost.example";

    /// <summary>How long the phrase list is kept in memory; a manager's edit reaches every node within this time.</summary>
    [Range(0, 3600)]
    public int PhraseCacheSeconds { get; set; } = 60;

    public FeedbackRateLimitOptions RateLimit { get; set; } = new();

    // Data annotations do not look inside nested objects; the rate limit's ranges are checked here.
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(RateLimit, new ValidationContext(RateLimit), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult($"RateLimit: {r.ErrorMessage}", r.MemberNames.Select(m => $"{nameof(RateLimit)}.{m}")));
    }
}
