namespace Signpost.Web.Features.Editor.Services;

/// <summary>Whose work a list shows: everything for managers, one organisation for an editor, nothing for anyone else.</summary>
public sealed record EditorScope(bool SeesEverything, Guid? OrganisationId)
{
    public bool SeesNothing => !SeesEverything && OrganisationId is null;
}
