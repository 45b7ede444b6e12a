namespace Signpost.Core.Content;

/// <summary>The SEND Local Offer questions a council must answer for each service.</summary>
public class LocalOfferAnswers
{
    public string? WhoFor { get; set; }
    public string? HowToGet { get; set; }
    public string? StaffTraining { get; set; }
    public string? Transition { get; set; }
    public string? Contact { get; set; }

    public bool IsEmpty => WhoFor is null && HowToGet is null && StaffTraining is null && Transition is null && Contact is null;
}
