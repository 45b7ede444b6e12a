using System.ComponentModel.DataAnnotations;

namespace Signpost.Web.Features.Editor.ReviewCycle;

/// <summary>Review reminders to owning editors, and the public "may be out of date" notice. Validated at start.</summary>
public sealed class ReviewCycleOptions : IValidatableObject
{
    public const string Section = "Signpost:ReviewCycle";

    /// <summary>Whether this node sends review reminders at all.</summary>
    public bool RemindersEnabled { get; set; } = true;

    /// <summary>How often each node looks for services due for review.</summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long after start the first look waits: long enough that a node restarting in a crash loop
    /// or a short test run does not mail anyone, short enough that a daily deploy still sends.
    /// </summary>
    public TimeSpan FirstRunDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Editors are reminded this many days before the review-by date (and after it, if not yet reminded).</summary>
    [Range(0, 365)]
    public int ReminderDaysBefore { get; set; } = 30;

    /// <summary>The public page says a listing may be out of date this many days after its review-by date.</summary>
    [Range(0, 3650)]
    public int OutOfDateAfterDays { get; set; } = 30;

    public bool OutOfDateNoticeEnabled { get; set; } = true;

    /// <summary>
    /// The site's public address ("https://signpost.example.org"), so reminders can carry links; a
    /// background job has no request to take the host from. Without it, reminders give paths only.
    /// </summary>
    public string? SiteUrl { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ReminderInterval < TimeSpan.FromMinutes(1) || ReminderInterval > TimeSpan.FromDays(7))
        {
            yield return new ValidationResult("ReminderInterval must be between 00:01:00 and 7.00:00:00.", [nameof(ReminderInterval)]);
        }

        if (FirstRunDelay < TimeSpan.Zero || FirstRunDelay > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("FirstRunDelay must be between 00:00:00 and 1.00:00:00.", [nameof(FirstRunDelay)]);
        }

        if (!string.IsNullOrEmpty(SiteUrl) && !(Uri.TryCreate(SiteUrl, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"))
        {
            yield return new ValidationResult("SiteUrl must be an absolute http or https address.", [nameof(SiteUrl)]);
        }
    }
}
