namespace Signpost.Core.Rules;

/// <summary>One day's sessions in words; <see cref="ClosedReason"/> is set when a closure date falls on it.</summary>
public sealed record SessionDay(DateOnly Date, string Label, IReadOnlyList<string> Sessions, string? ClosedReason)
{
    public bool IsClosed => ClosedReason is not null;
}
