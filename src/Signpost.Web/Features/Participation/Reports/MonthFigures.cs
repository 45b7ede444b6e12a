namespace Signpost.Web.Features.Participation.Reports;

/// <summary>One month of the trend: responses, how many gave a rating, and the ratings' sum (for the average).</summary>
public sealed record MonthFigures(int Year, int Month, long Count, long Rated, long RatingSum);
