using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Signpost.Web.Features.Editor.Taxonomy;

/// <summary>The one-line success message carried from a form's redirect to the tree (post, redirect, get).</summary>
public static class TaxonomyMessages
{
    private const string Key = "TaxonomyChanged";

    public static void Set(ITempDataDictionary tempData, string message) => tempData[Key] = message;

    public static string? Take(ITempDataDictionary tempData) => tempData[Key] as string;
}
