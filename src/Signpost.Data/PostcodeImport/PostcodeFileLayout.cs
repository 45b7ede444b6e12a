using System.Globalization;
using Signpost.Core.Rules;

namespace Signpost.Data.PostcodeImport;

/// <summary>Where the postcode and its position are in a row, worked out from the first row.</summary>
internal sealed class PostcodeFileLayout
{
    private int postcode;
    private int first;
    private int second;
    private int terminatedColumn = -1;

    public PostcodeFileFormat Format { get; private init; }

    public bool HasHeader { get; private init; }

    public static PostcodeFileLayout Detect(string[] firstRow)
    {
        var header = firstRow.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (header.Contains("lat") && header.Contains("long") && (header.Contains("pcds") || header.Contains("pcd")))
        {
            return new PostcodeFileLayout
            {
                Format = PostcodeFileFormat.OnsPostcodeDirectory, HasHeader = true,
                postcode = header.Contains("pcds") ? header.IndexOf("pcds") : header.IndexOf("pcd"),
                first = header.IndexOf("lat"), second = header.IndexOf("long"), terminatedColumn = header.IndexOf("doterm"),
            };
        }

        if (header.Contains("postcode") && header.Contains("latitude") && header.Contains("longitude"))
        {
            return new PostcodeFileLayout
            {
                Format = PostcodeFileFormat.Simple, HasHeader = true,
                postcode = header.IndexOf("postcode"), first = header.IndexOf("latitude"), second = header.IndexOf("longitude"),
            };
        }

        if (header.Contains("postcode") && header.Contains("eastings") && header.Contains("northings"))
        {
            return new PostcodeFileLayout
            {
                Format = PostcodeFileFormat.CodePointOpen, HasHeader = true,
                postcode = header.IndexOf("postcode"), first = header.IndexOf("eastings"), second = header.IndexOf("northings"),
            };
        }

        if (firstRow.Length >= 4 && Postcodes.Normalise(firstRow[0]) is not null && double.TryParse(firstRow[2], CultureInfo.InvariantCulture, out _))
        {
            return new PostcodeFileLayout { Format = PostcodeFileFormat.CodePointOpen, HasHeader = false, postcode = 0, first = 2, second = 3 };
        }

        throw new InvalidDataException(
            "Not a postcode file Signpost knows: expected the ONS Postcode Directory (pcds, lat, long), " +
            "OS Code-Point Open (postcode, quality, eastings, northings) or postcode,latitude,longitude.");
    }

    public PostcodeRow Read(string[] fields, out string? code, out double latitude, out double longitude)
    {
        code = null;
        latitude = longitude = 0;
        var needed = Math.Max(postcode, Math.Max(first, second));
        if (fields.Length <= needed)
        {
            return PostcodeRow.Malformed;
        }

        code = Postcodes.Normalise(fields[postcode]);
        if (code is null
            || !double.TryParse(fields[first], NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            || !double.TryParse(fields[second], NumberStyles.Float, CultureInfo.InvariantCulture, out var b))
        {
            return fields.Length > needed && string.IsNullOrWhiteSpace(fields[first]) ? PostcodeRow.NoLocation : PostcodeRow.Malformed;
        }

        if (terminatedColumn >= 0 && terminatedColumn < fields.Length && !string.IsNullOrWhiteSpace(fields[terminatedColumn]))
        {
            return PostcodeRow.Terminated;
        }

        if (Format == PostcodeFileFormat.CodePointOpen)
        {
            if (a == 0 && b == 0)
            {
                return PostcodeRow.NoLocation;
            }

            (latitude, longitude) = BritishNationalGrid.ToWgs84(a, b);
        }
        else
        {
            // The ONS directory marks postcodes without a grid reference with latitude 99.999999.
            if (a > 90 || b > 180)
            {
                return PostcodeRow.NoLocation;
            }

            (latitude, longitude) = (a, b);
        }

        return latitude is >= 49 and <= 61 && longitude is >= -9 and <= 2 ? PostcodeRow.Valid : PostcodeRow.NoLocation;
    }
}
