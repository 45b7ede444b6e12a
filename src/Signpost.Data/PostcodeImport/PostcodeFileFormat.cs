namespace Signpost.Data.PostcodeImport;

public enum PostcodeFileFormat
{
    /// <summary>Our own postcode,latitude,longitude.</summary>
    Simple,
    /// <summary>ONS Postcode Directory or NSPL: a header with pcds (or pcd), lat and long.</summary>
    OnsPostcodeDirectory,
    /// <summary>OS Code-Point Open: postcode, quality, eastings, northings, ... with or without a header.</summary>
    CodePointOpen,
}
