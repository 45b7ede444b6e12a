namespace Signpost.Web.Features.Editor.Services;

/// <summary>What the shared service fields partial draws: the form as typed and the choices to offer.</summary>
public sealed record ServiceFormView(ServiceForm Form, ServiceOptions Options);
