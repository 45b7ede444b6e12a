namespace Signpost.Core.Content;

/// <summary>The questions young people ask before they go, answered in their words.</summary>
public class YouthAnswers
{
    public string? OnMyOwn { get; set; }
    public string? Confidential { get; set; }
    public string? ParentsTold { get; set; }

    public bool IsEmpty => OnMyOwn is null && Confidential is null && ParentsTold is null;
}
