using System.Text.Json;

namespace DealRoom.Tests.Web.Operations;

/// <summary>
/// The runtime settings the relay bench measured (docs/benchmarks.md) travel with the build: the app's and the load
/// tool's runtimeconfig.json turn dynamic PGO and the thread pool's spin off, and `dotnet run` sets the tiering delay
/// that only the environment can carry.
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Theory]
    [InlineData("DealRoom.Web.runtimeconfig.json")]
    [InlineData("DealRoom.LoadTest.runtimeconfig.json")]
    public void The_server_runs_without_dynamic_PGO_and_without_pool_spinning(string file)
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file)));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
        Assert.Equal(0, properties.GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32());
    }

    [Fact]
    public void The_launch_profile_optimises_hot_methods_without_the_tiering_delay()
    {
        var path = Support.RepositoryRoot.File("DealRoom.Web", "Properties", "launchSettings.json");
        using var settings = JsonDocument.Parse(File.ReadAllText(path));
        var environment = settings.RootElement.GetProperty("profiles").GetProperty("DealRoom").GetProperty("environmentVariables");

        Assert.Equal("0", environment.GetProperty("DOTNET_TC_CallCountingDelayMs").GetString());
    }
}
