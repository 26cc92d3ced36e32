package steelchain.masterdata.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.persistence.TableGenerator;

import steelchain.core.model.BaseEntity;

/**
 * Takes blocks of ids from the table generator that every SteelChain entity uses, the way
 * EclipseLink does (add the block size, read the new value, use the values up to it), so that
 * rows written with plain JDBC never collide with ids the persistence unit hands out.
 * Table and column names come from {@link BaseEntity}'s {@link TableGenerator} annotation.
 */
final class IdReservation {

    private static final TableGenerator GENERATOR = generatorOfBaseEntity();
    private static final String ADVANCE = "UPDATE " + GENERATOR.table() + " SET " + GENERATOR.valueColumnName()
            + " = " + GENERATOR.valueColumnName() + " + ? WHERE " + GENERATOR.pkColumnName() + " = ?";
    private static final String READ = "SELECT " + GENERATOR.valueColumnName() + " FROM " + GENERATOR.table()
            + " WHERE " + GENERATOR.pkColumnName() + " = ?";

    private IdReservation() {
    }

    /** Reserves {@code count} consecutive ids in the caller's transaction and returns the first. */
    static long reserve(Connection connection, int count) throws SQLException {
        try (PreparedStatement advance = connection.prepareStatement(ADVANCE)) {
            advance.setLong(1, count);
            advance.setString(2, GENERATOR.pkColumnValue());
            if (advance.executeUpdate() != 1) {
                throw new SQLException("No row '" + GENERATOR.pkColumnValue() + "' in id table " + GENERATOR.table());
            }
        }
        try (PreparedStatement read = connection.prepareStatement(READ)) {
            read.setString(1, GENERATOR.pkColumnValue());
            try (ResultSet result = read.executeQuery()) {
                result.next();
                return result.getLong(1) - count + 1;
            }
        }
    }

    private static TableGenerator generatorOfBaseEntity() {
        try {
            return BaseEntity.class.getDeclaredField("id").getAnnotation(TableGenerator.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("BaseEntity has no id field with a @TableGenerator", e);
        }
    }
}
