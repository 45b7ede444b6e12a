namespace Signpost.Core.Content;

public class ContactDetails
{
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Text { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }

    public bool IsEmpty => Name is null && Phone is null && Text is null && Email is null && Website is null;
}
