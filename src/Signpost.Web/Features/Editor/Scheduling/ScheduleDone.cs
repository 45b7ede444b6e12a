namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>The success banners after a scheduling step, the same on every kind's edit page.</summary>
public static class ScheduleDone
{
    public static string? Message(string? done) => done switch
    {
        "scheduled" => "Approved and scheduled. It goes live at the time shown below.",
        "withdraw-scheduled" => "Withdrawal scheduled. It happens at the time shown below.",
        "schedule-cancelled" => "Schedule cancelled.",
        _ => null,
    };
}
