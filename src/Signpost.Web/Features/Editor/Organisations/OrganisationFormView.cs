namespace Signpost.Web.Features.Editor.Organisations;

/// <summary>The form, and whether this user sees the trust checkbox (managers only).</summary>
public sealed record OrganisationFormView(OrganisationForm Form, bool ShowsTrust);
