namespace Signpost.Web.Features.Editor.Taxonomy;

/// <summary>One problem with a form, tied to the id of the field the error summary links to.</summary>
public sealed record FieldError(string Field, string Message);
