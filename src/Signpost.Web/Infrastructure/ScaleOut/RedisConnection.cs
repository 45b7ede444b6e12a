using System.Net.Sockets;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Signpost.Web.Infrastructure.ScaleOut;

/// <summary>
/// This node's one connection to Redis, shared by the cache and the change-feed channel. It never
/// stops the node: it does not abort when Redis is missing at start, reconnects in the background,
/// and reports itself unusable while disconnected or while the circuit breaker is open.
/// </summary>
public sealed class RedisConnection : IAsyncDisposable
{
    private readonly RedisOptions _options;
    private readonly ILogger<RedisConnection> _logger;
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private IConnectionMultiplexer? _multiplexer;

    public RedisConnection(IOptions<RedisOptions> options, TimeProvider clock, ILogger<RedisConnection> logger)
    {
        _options = options.Value;
        _logger = logger;
        Breaker = new RedisCircuitBreaker(clock, TimeSpan.FromSeconds(_options.BreakSeconds));
    }

    public bool IsConfigured => _options.IsConfigured;

    public RedisCircuitBreaker Breaker { get; }

    /// <summary>The key and channel prefix, with its separator.</summary>
    public string Prefix => _options.KeyPrefix + ":";

    /// <summary>Connected and not resting after a failure; callers skip Redis when this is false.</summary>
    public bool IsUsable => _multiplexer is { IsConnected: true } && !Breaker.IsOpen;

    /// <summary>The multiplexer once <see cref="ConnectAsync"/> ran; it may still be reconnecting.</summary>
    public IConnectionMultiplexer? Multiplexer => _multiplexer;

    public static bool IsRedisFailure(Exception exception) =>
        exception is RedisException or TimeoutException or SocketException or ObjectDisposedException;

    /// <summary>Connects once; a Redis that is down now leaves a multiplexer that keeps retrying in the background.</summary>
    public async Task<IConnectionMultiplexer?> ConnectAsync()
    {
        if (!IsConfigured || _multiplexer is not null)
        {
            return _multiplexer;
        }

        await _connecting.WaitAsync();
        try
        {
            if (_multiplexer is null)
            {
                var configuration = ConfigurationOptions.Parse(_options.Configuration!);
                configuration.AbortOnConnectFail = false;
                configuration.ConnectTimeout = _options.ConnectTimeoutMilliseconds;
                configuration.SyncTimeout = _options.CommandTimeoutMilliseconds;
                configuration.AsyncTimeout = _options.CommandTimeoutMilliseconds;
                configuration.ConnectRetry = 1;
                configuration.ReconnectRetryPolicy = new LinearRetry(1000);
                configuration.ClientName ??= "signpost-web";
                var multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration);
                multiplexer.ConnectionFailed += (_, e) => _logger.LogWarning("Redis connection lost ({Failure}); serving without it until it returns", e.FailureType);
                multiplexer.ConnectionRestored += (_, _) => _logger.LogInformation("Redis connection restored");
                _multiplexer = multiplexer;
                if (!multiplexer.IsConnected)
                {
                    _logger.LogWarning("Redis at {Configuration} is not answering; serving without it and retrying in the background", configuration.ToString(includePassword: false));
                }
            }

            return _multiplexer;
        }
        finally
        {
            _connecting.Release();
        }
    }

    /// <summary>Records a failed or slow command: Redis is left alone for the break.</summary>
    public void ReportFailure(Exception exception)
    {
        if (Breaker.Trip())
        {
            _logger.LogWarning(exception, "Redis failed or was too slow; leaving it alone for {Seconds} s", _options.BreakSeconds);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer is { } multiplexer)
        {
            await multiplexer.DisposeAsync();
        }

        _connecting.Dispose();
    }
}
