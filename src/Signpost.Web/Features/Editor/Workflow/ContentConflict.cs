using Signpost.Core.Editorial;

namespace Signpost.Web.Features.Editor.Workflow;

/// <summary>Both sides of a lost race: the version someone else saved, and what this editor tried to save.</summary>
public sealed record ContentConflict<TSnapshot>(ContentVersion Theirs, TSnapshot TheirSnapshot, TSnapshot Yours);
