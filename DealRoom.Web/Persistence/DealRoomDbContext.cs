using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Persistence;

public class DealRoomDbContext(DbContextOptions<DealRoomDbContext> options) : DbContext(options)
{
    public DbSet<AccountRecord> Accounts => Set<AccountRecord>();
    public DbSet<RoomRecord> Rooms => Set<RoomRecord>();
    public DbSet<OperationRecord> Operations => Set<OperationRecord>();
    public DbSet<SnapshotRecord> Snapshots => Set<SnapshotRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        modelBuilder.Entity<AccountRecord>(account =>
        {
            account.HasKey(a => a.Id);
            account.Property(a => a.Id).HasMaxLength(64);
            account.Property(a => a.Name).HasMaxLength(200);
            account.Property(a => a.Industry).HasMaxLength(200);
        });

        modelBuilder.Entity<RoomRecord>(room =>
        {
            room.HasKey(r => r.Id);
            room.Property(r => r.Id).HasMaxLength(64);
            room.Property(r => r.Name).HasMaxLength(200);
            room.Property(r => r.AccountId).HasMaxLength(64);
            room.HasIndex(r => r.AccountId);
        });

        modelBuilder.Entity<OperationRecord>(op =>
        {
            op.HasKey(o => o.Id);
            op.Property(o => o.RoomId).HasMaxLength(64);
            op.Property(o => o.OpId).HasMaxLength(64);
            op.Property(o => o.AuthorId).HasMaxLength(128);
            op.Property(o => o.AuthorName).HasMaxLength(200);
            op.Property(o => o.Type).HasMaxLength(40);
            op.HasIndex(o => new { o.RoomId, o.Version }).IsUnique();
            op.HasIndex(o => new { o.RoomId, o.OpId }).IsUnique();
        });

        modelBuilder.Entity<SnapshotRecord>(snapshot =>
        {
            snapshot.HasKey(s => s.Id);
            snapshot.Property(s => s.RoomId).HasMaxLength(64);
            snapshot.HasIndex(s => new { s.RoomId, s.Version }).IsUnique();
        });
    }
}
