using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Signpost.Web.Features.Account;

/// <summary>
/// Back-office forms key their errors by the input's id, so the error summary can link to the field
/// (GOV.UK error summary pattern) without a mapping table per page.
/// </summary>
public static class FieldErrors
{
    public static string? For(ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>Every field's first error, in the order they were added.</summary>
    public static IReadOnlyList<(string Key, string Message)> All(ModelStateDictionary modelState) =>
        modelState.Where(e => e.Value is { Errors.Count: > 0 })
            .Select(e => (e.Key, e.Value!.Errors[0].ErrorMessage))
            .Where(e => !string.IsNullOrEmpty(e.ErrorMessage))
            .ToList();
}
