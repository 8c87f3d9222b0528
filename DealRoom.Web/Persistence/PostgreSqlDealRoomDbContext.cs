using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DealRoom.Web.Persistence;

/// <summary>
/// The same model as <see cref="DealRoomDbContext"/> on PostgreSQL. A type of its own only so that EF Core keeps a
/// separate migrations set for it (Persistence/PostgreSqlMigrations); every service still asks for
/// <see cref="IDbContextFactory{DealRoomDbContext}"/> and gets one of these when the provider is PostgreSQL.
/// </summary>
public sealed class PostgreSqlDealRoomDbContext(DbContextOptions<DealRoomDbContext> options) : DealRoomDbContext(options);

/// <summary>Creates <see cref="PostgreSqlDealRoomDbContext"/> for every consumer of the base context's factory.</summary>
internal sealed class PostgreSqlDealRoomDbContextFactory(DbContextOptions<DealRoomDbContext> options) : IDbContextFactory<DealRoomDbContext>
{
    public DealRoomDbContext CreateDbContext() => new PostgreSqlDealRoomDbContext(options);
}

/// <summary>
/// For <c>dotnet ef migrations add X --context PostgreSqlDealRoomDbContext --output-dir Persistence/PostgreSqlMigrations</c>:
/// no server is contacted to add a migration, so the connection string is only a placeholder.
/// </summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlDealRoomDbContext>
{
    public PostgreSqlDealRoomDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DealRoomDbContext>()
            .UseNpgsql("Host=localhost;Database=dealroom_design")
            .Options);
}

/// <summary>
/// For <c>dotnet ef migrations add X --context DealRoomDbContext --output-dir Persistence/Migrations</c>: without it
/// the tools took <see cref="PostgreSqlDesignTimeFactory"/>'s context (a <see cref="DealRoomDbContext"/> too) and wrote
/// PostgreSQL's types into SQLite's migrations. No file is opened to add a migration.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<DealRoomDbContext>
{
    public DealRoomDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DealRoomDbContext>()
            .UseSqlite("Data Source=dealroom-design.db")
            .Options);
}
