using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Signpost.Web.Infrastructure;

/// <summary>Tells a store that cannot be reached (down, restarting, refusing connections) from a query that went wrong.</summary>
public static class StoreUnavailable
{
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    return IsUnavailableState(postgres.SqlState);
                case NpgsqlException:
                case SocketException:
                case ReadModelNotBuiltException:
                    return true;
                case SqliteException sqlite when sqlite.SqliteErrorCode is 10 or 14: // SQLITE_IOERR, SQLITE_CANTOPEN
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(Is):
                    return true;
            }
        }

        return false;
    }

    // Class 08 is connection exceptions; 57P01-57P03 a server shutting down or starting; 53300 too many connections.
    private static bool IsUnavailableState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || state is "57P01" or "57P02" or "57P03" or "53300";
}
