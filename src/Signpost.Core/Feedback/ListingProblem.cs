namespace Signpost.Core.Feedback;

public enum ListingProblem
{
    Closed,
    WrongTimes,
    WrongPhone,
    WrongAddress,
    Other,
}
