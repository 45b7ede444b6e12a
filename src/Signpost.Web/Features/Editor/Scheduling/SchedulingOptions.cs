using System.ComponentModel.DataAnnotations;

namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>The scheduled publish and withdraw job. Validated at start.</summary>
public sealed class SchedulingOptions : IValidatableObject
{
    public const string Section = "Signpost:Scheduling";

    /// <summary>Whether this node runs due scheduled actions (every node may; claims keep each action to one).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often each node looks for due actions: the most a scheduled change can be late by.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Interval < TimeSpan.FromSeconds(1) || Interval > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("Interval must be between 00:00:01 and 01:00:00.", [nameof(Interval)]);
        }
    }
}
