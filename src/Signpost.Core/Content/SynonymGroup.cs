namespace Signpost.Core.Content;

public class SynonymGroup
{
    public Guid Id { get; set; }
    public List<string> Terms { get; set; } = [];
}
