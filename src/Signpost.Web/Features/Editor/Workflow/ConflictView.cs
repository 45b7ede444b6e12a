using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Diff;

namespace Signpost.Web.Features.Editor.Workflow;

/// <summary>What the conflict banner shows: their version, how this form differs from it, and where to start again from theirs.</summary>
public sealed record ConflictView(ContentVersion Theirs, IReadOnlyList<FieldChange> Changes, string RestartUrl);
