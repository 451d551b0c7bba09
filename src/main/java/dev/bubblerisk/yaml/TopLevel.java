package dev.bubblerisk.yaml;

/**
 * Takes the top level of a document as it is read, so the items of its large lists can be used
 * and let go one at a time instead of being held as one tree: a million deals then cost the
 * memory of the model, not of the parse.
 */
public interface TopLevel {

    /** Whether the items of the top-level list {@code key} are handed to {@link #item} instead of kept. */
    boolean streams(String key);

    /** A top-level field that is kept in the tree, as soon as it is read. */
    void field(String key, Node value);

    /** One item of a streamed top-level list, in document order. */
    void item(String key, Node item);

    /** Keeps the whole tree: nothing is streamed. */
    TopLevel NONE = new TopLevel() {
        @Override
        public boolean streams(String key) {
            return false;
        }

        @Override
        public void field(String key, Node value) {
        }

        @Override
        public void item(String key, Node item) {
        }
    };
}
