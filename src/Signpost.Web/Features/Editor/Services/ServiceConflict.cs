using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Snapshots;

namespace Signpost.Web.Features.Editor.Services;

/// <summary>Both sides of a lost race: the version someone else saved, and what this editor tried to save.</summary>
public sealed record ServiceConflict(ContentVersion Theirs, ServiceSnapshot TheirSnapshot, ServiceSnapshot Yours);
