using Signpost.Core.Feedback;

namespace Signpost.Web.Features.Editor.ListingProblems;

public static class ListingProblemWords
{
    public static string Problem(ListingProblem problem) => problem switch
    {
        ListingProblem.Closed => "It has closed",
        ListingProblem.WrongTimes => "The times are wrong",
        ListingProblem.WrongPhone => "The phone number is wrong",
        ListingProblem.WrongAddress => "The address is wrong",
        _ => "Something else",
    };
}
