using System.ComponentModel.DataAnnotations;

namespace Signpost.Web.Features.Participation.Retention;

/// <summary>How long feedback's free text and reply emails are kept. Validated at start.</summary>
public sealed class FeedbackRetentionOptions : IValidatableObject
{
    public const string Section = "Signpost:Feedback:Retention";

    /// <summary>Whether this node runs the retention job; every node may, the pass is idempotent.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Free text is removed this many months after it was given; the answers stay for the aggregates.</summary>
    [Range(1, 120)]
    public int TextMonths { get; set; } = 24;

    /// <summary>Reply emails are deleted this many days after they were given.</summary>
    [Range(1, 3650)]
    public int ReplyEmailDays { get; set; } = 90;

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>So a node in a restart loop or a short test run does not work the store at once.</summary>
    public TimeSpan FirstRunDelay { get; set; } = TimeSpan.FromMinutes(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Interval < TimeSpan.FromMinutes(1) || Interval > TimeSpan.FromDays(7))
        {
            yield return new ValidationResult("Interval must be between 00:01:00 and 7.00:00:00.", [nameof(Interval)]);
        }

        if (FirstRunDelay < TimeSpan.Zero || FirstRunDelay > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("FirstRunDelay must be between 00:00:00 and 1.00:00:00.", [nameof(FirstRunDelay)]);
        }
    }
}
