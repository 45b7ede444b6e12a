namespace Signpost.Web.Features.Editor.Synonyms;

/// <summary>What the add and edit forms post.</summary>
public sealed class SynonymInput
{
    /// <summary>One term a line.</summary>
    public string? Terms { get; set; }

    /// <summary>Ticked after the form warned that some terms are in other groups too.</summary>
    public bool SaveAnyway { get; set; }

    /// <summary>Fingerprint of the group as the edit form showed it, to catch a save over someone else's change.</summary>
    public string? Stamp { get; set; }
}
