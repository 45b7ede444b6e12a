namespace Signpost.Data.PostcodeImport;

internal enum PostcodeRow
{
    Valid,
    NoLocation,
    Terminated,
    Malformed,
}
