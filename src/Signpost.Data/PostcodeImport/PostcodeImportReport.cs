namespace Signpost.Data.PostcodeImport;

public sealed record PostcodeImportReport(PostcodeFileFormat Format, long RowsRead, long Imported, long SkippedNoLocation, long SkippedTerminated, long SkippedMalformed, int Districts)
{
    public override string ToString() =>
        $"{Format}: {RowsRead:N0} rows read, {Imported:N0} postcodes imported, {Districts:N0} district centroids; skipped " +
        $"{SkippedNoLocation:N0} without a location, {SkippedTerminated:N0} terminated, {SkippedMalformed:N0} malformed";
}
