using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Diff;

namespace Signpost.Web.Features.Editor.Workflow;

/// <summary>What the shared version page body needs, whatever the kind of item.</summary>
public interface IVersionView
{
    string BaseUrl { get; }
    string ItemName { get; }
    bool HasPreview { get; }
    ContentVersion Version { get; }

    /// <summary>Against the live version for a submission (what the reviewer approves), otherwise against the version before.</summary>
    string ChangesHeading { get; }
    IReadOnlyList<FieldChange> Changes { get; }
    bool CanRollback { get; }
    bool CanReview { get; }

    /// <summary>"Publish at" as typed beside the approve button, shown back with its error.</summary>
    Scheduling.ScheduleInput PublishAt { get; }
}
