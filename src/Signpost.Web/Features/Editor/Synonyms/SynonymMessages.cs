using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Signpost.Web.Features.Editor.Synonyms;

/// <summary>The success message carried from a form's redirect to the list (post, redirect, get).</summary>
public static class SynonymMessages
{
    private const string Key = "SynonymsChanged";

    public static void Set(ITempDataDictionary tempData, string message) => tempData[Key] = message;

    public static string? Take(ITempDataDictionary tempData) => tempData[Key] as string;
}
