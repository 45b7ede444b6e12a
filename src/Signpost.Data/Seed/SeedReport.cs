namespace Signpost.Data.Seed;

public sealed record SeedReport(int Organisations, int Locations, int Terms, int Services, int Pages, int Postcodes, int Places, int SynonymGroups, int Created, int Updated)
{
    public int DemoFeedback { get; init; }
    public int DemoFeedbackAdded { get; init; }

    public override string ToString() =>
        $"{Services} services, {Organisations} organisations, {Locations} locations, {Terms} taxonomy terms, {Pages} pages, " +
        $"{Postcodes} postcodes, {Places} places, {SynonymGroups} synonym groups, {DemoFeedback} demo feedback responses " +
        $"({DemoFeedbackAdded} added) ({Created} created, {Updated} updated)";
}
